-- Accounts, units and reference data (issue: accounts and sign-in).
-- Units are data: the coordinating center, provincial departments (as merged
-- in 2025), the 65 commune People's Committees and the urban-infrastructure
-- companies. Admins edit them later; this migration only seeds them.

CREATE TABLE communes (
  code TEXT PRIMARY KEY,            -- national code (Decision 19/2025/QĐ-TTg)
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('phuong', 'xa', 'dac_khu'))
) STRICT;

CREATE TABLE units (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('center', 'department', 'commune', 'company')),
  address      TEXT NOT NULL DEFAULT '',
  phone        TEXT NOT NULL DEFAULT '',
  email        TEXT NOT NULL DEFAULT '',
  commune_code TEXT REFERENCES communes(code),
  active       INTEGER NOT NULL DEFAULT 1,
  name_folded  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE categories (
  code            TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  grp             TEXT NOT NULL CHECK (grp IN ('sector', 'urban_incident')),
  default_unit_id INTEGER REFERENCES units(id),
  sort_order      INTEGER NOT NULL DEFAULT 0,
  active          INTEGER NOT NULL DEFAULT 1
) STRICT;

-- Citizens, organizations and officers. Personal data is erased on account
-- deletion (status 'deleted'); the row stays so reports keep their author id.
CREATE TABLE accounts (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('citizen', 'organization', 'officer')),
  login           TEXT,             -- CCCD/CMND, business code, decision number, officer username
  password_hash   TEXT,             -- scrypt$N$r$p$salt$hash
  full_name       TEXT NOT NULL DEFAULT '',
  phone           TEXT,
  email           TEXT NOT NULL DEFAULT '',
  address         TEXT NOT NULL DEFAULT '',
  commune_code    TEXT REFERENCES communes(code),
  org_name        TEXT NOT NULL DEFAULT '',
  representative  TEXT NOT NULL DEFAULT '',
  unit_id         INTEGER REFERENCES units(id),
  role            TEXT CHECK (role IN ('dispatcher', 'handler', 'unit_lead', 'leader', 'admin')),
  status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'deleted')),
  must_change_password INTEGER NOT NULL DEFAULT 0,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  deleted_at      INTEGER,
  CHECK (kind <> 'officer' OR (unit_id IS NOT NULL AND role IS NOT NULL))
) STRICT;
-- The same login or phone cannot hold two active accounts.
CREATE UNIQUE INDEX accounts_login_active ON accounts(login) WHERE status <> 'deleted';
CREATE UNIQUE INDEX accounts_phone_active ON accounts(phone) WHERE status <> 'deleted' AND kind <> 'officer';
CREATE INDEX accounts_unit ON accounts(unit_id) WHERE kind = 'officer';

-- A registration waiting for its SMS code; becomes an account on verify.
CREATE TABLE registrations (
  id              TEXT PRIMARY KEY,  -- random, public
  kind            TEXT NOT NULL,
  login           TEXT NOT NULL,
  phone           TEXT NOT NULL,
  data            TEXT NOT NULL,     -- JSON of the cleaned form with the password already hashed
  created_at      INTEGER NOT NULL,
  expires_at      INTEGER NOT NULL
) STRICT;

-- One-time codes (registration, password reset, phone change), stored hashed.
CREATE TABLE otps (
  purpose         TEXT NOT NULL CHECK (purpose IN ('register', 'reset', 'phone')),
  ref             TEXT NOT NULL,     -- registration id, reset id, or account id
  phone           TEXT NOT NULL,
  code_hash       TEXT NOT NULL,
  expires_at      INTEGER NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  sends           INTEGER NOT NULL DEFAULT 1,
  last_sent_at    INTEGER NOT NULL,
  consumed        INTEGER NOT NULL DEFAULT 0,
  account_id      INTEGER REFERENCES accounts(id),
  new_phone       TEXT,
  PRIMARY KEY (purpose, ref)
) STRICT;
CREATE INDEX otps_phone ON otps(phone, last_sent_at);

-- Server-issued arithmetic questions; single use, short-lived.
CREATE TABLE captchas (
  id          TEXT PRIMARY KEY,
  answer_hash TEXT NOT NULL,
  expires_at  INTEGER NOT NULL
) STRICT;

-- Sessions: only the SHA-256 of the cookie token is stored.
CREATE TABLE sessions (
  token_hash   TEXT PRIMARY KEY,
  account_id   INTEGER NOT NULL REFERENCES accounts(id),
  csrf_token   TEXT NOT NULL,
  audience     TEXT NOT NULL CHECK (audience IN ('public', 'officer')),
  created_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at   INTEGER NOT NULL,
  ip           TEXT NOT NULL DEFAULT '',
  user_agent   TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX sessions_account ON sessions(account_id);

-- Failed attempts per key ('ip:<address>', 'login:<sha256 of the login>').
-- Keyed by the login typed, not by account, so lockouts reveal nothing about
-- which accounts exist.
CREATE TABLE throttle (
  key             TEXT PRIMARY KEY,
  failures        INTEGER NOT NULL,
  window_start    INTEGER NOT NULL,
  last_failure_at INTEGER NOT NULL,
  locked_until    INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Every outgoing SMS/e-mail is a row first; a worker delivers it.
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  channel         TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
  recipient       TEXT NOT NULL,
  body            TEXT NOT NULL,
  purpose         TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  created_at      INTEGER NOT NULL,
  sent_at         INTEGER,
  last_error      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);

-- Who looked at whose personal data, and who did what in administration.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          INTEGER NOT NULL,
  actor_id    INTEGER REFERENCES accounts(id),
  action      TEXT NOT NULL,
  subject     TEXT NOT NULL DEFAULT '',
  ip          TEXT NOT NULL DEFAULT '',
  detail      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_log_at ON audit_log(at);

INSERT INTO communes(code, name, kind) VALUES
  ('22333', 'Phường Bắc Nha Trang', 'phuong'),
  ('22366', 'Phường Nha Trang', 'phuong'),
  ('22390', 'Phường Tây Nha Trang', 'phuong'),
  ('22402', 'Phường Nam Nha Trang', 'phuong'),
  ('22411', 'Phường Bắc Cam Ranh', 'phuong'),
  ('22420', 'Phường Cam Ranh', 'phuong'),
  ('22423', 'Phường Ba Ngòi', 'phuong'),
  ('22432', 'Phường Cam Linh', 'phuong'),
  ('22435', 'Xã Cam Hiệp', 'xa'),
  ('22453', 'Xã Cam Lâm', 'xa'),
  ('22465', 'Xã Cam An', 'xa'),
  ('22480', 'Xã Nam Cam Ranh', 'xa'),
  ('22489', 'Xã Vạn Ninh', 'xa'),
  ('22498', 'Xã Tu Bông', 'xa'),
  ('22504', 'Xã Đại Lãnh', 'xa'),
  ('22516', 'Xã Vạn Thắng', 'xa'),
  ('22525', 'Xã Vạn Hưng', 'xa'),
  ('22528', 'Phường Ninh Hòa', 'phuong'),
  ('22546', 'Xã Bắc Ninh Hòa', 'xa'),
  ('22552', 'Xã Tây Ninh Hòa', 'xa'),
  ('22558', 'Xã Hòa Trí', 'xa'),
  ('22561', 'Phường Đông Ninh Hòa', 'phuong'),
  ('22576', 'Xã Tân Định', 'xa'),
  ('22591', 'Phường Hòa Thắng', 'phuong'),
  ('22597', 'Xã Nam Ninh Hòa', 'xa'),
  ('22609', 'Xã Khánh Vĩnh', 'xa'),
  ('22612', 'Xã Trung Khánh Vĩnh', 'xa'),
  ('22615', 'Xã Bắc Khánh Vĩnh', 'xa'),
  ('22624', 'Xã Tây Khánh Vĩnh', 'xa'),
  ('22648', 'Xã Nam Khánh Vĩnh', 'xa'),
  ('22651', 'Xã Diên Khánh', 'xa'),
  ('22657', 'Xã Diên Điền', 'xa'),
  ('22660', 'Xã Diên Lâm', 'xa'),
  ('22672', 'Xã Diên Thọ', 'xa'),
  ('22678', 'Xã Diên Lạc', 'xa'),
  ('22702', 'Xã Suối Hiệp', 'xa'),
  ('22708', 'Xã Suối Dầu', 'xa'),
  ('22714', 'Xã Khánh Sơn', 'xa'),
  ('22720', 'Xã Tây Khánh Sơn', 'xa'),
  ('22732', 'Xã Đông Khánh Sơn', 'xa'),
  ('22736', 'Đặc khu Trường Sa', 'dac_khu'),
  ('22738', 'Phường Đô Vinh', 'phuong'),
  ('22741', 'Phường Bảo An', 'phuong'),
  ('22759', 'Phường Phan Rang', 'phuong'),
  ('22780', 'Phường Đông Hải', 'phuong'),
  ('22786', 'Xã Bác Ái Tây', 'xa'),
  ('22795', 'Xã Bác Ái', 'xa'),
  ('22801', 'Xã Bác Ái Đông', 'xa'),
  ('22810', 'Xã Ninh Sơn', 'xa'),
  ('22813', 'Xã Lâm Sơn', 'xa'),
  ('22822', 'Xã Mỹ Sơn', 'xa'),
  ('22828', 'Xã Anh Dũng', 'xa'),
  ('22834', 'Phường Ninh Chử', 'phuong'),
  ('22840', 'Xã Công Hải', 'xa'),
  ('22846', 'Xã Vĩnh Hải', 'xa'),
  ('22849', 'Xã Thuận Bắc', 'xa'),
  ('22852', 'Xã Ninh Hải', 'xa'),
  ('22861', 'Xã Xuân Hải', 'xa'),
  ('22870', 'Xã Ninh Phước', 'xa'),
  ('22873', 'Xã Phước Hậu', 'xa'),
  ('22888', 'Xã Phước Dinh', 'xa'),
  ('22891', 'Xã Phước Hữu', 'xa'),
  ('22897', 'Xã Thuận Nam', 'xa'),
  ('22900', 'Xã Phước Hà', 'xa'),
  ('22909', 'Xã Cà Ná', 'xa');

INSERT INTO units(code, name, kind, phone, email) VALUES
  ('TTDH', 'Trung tâm Công nghệ thông tin và Dịch vụ hành chính công trực tuyến', 'center', '1900 1023', 'pakn@khanhhoa.gov.vn'),
  ('VP-UBND', 'Văn phòng UBND tỉnh', 'department', '', ''),
  ('SO-TC', 'Sở Tài chính', 'department', '', ''),
  ('SO-XD', 'Sở Xây dựng', 'department', '', ''),
  ('SO-NNMT', 'Sở Nông nghiệp và Môi trường', 'department', '', ''),
  ('SO-KHCN', 'Sở Khoa học và Công nghệ', 'department', '', ''),
  ('SO-GDDT', 'Sở Giáo dục và Đào tạo', 'department', '', ''),
  ('SO-YT', 'Sở Y tế', 'department', '', ''),
  ('SO-VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'department', '', ''),
  ('SO-NV', 'Sở Nội vụ', 'department', '', ''),
  ('SO-TP', 'Sở Tư pháp', 'department', '', ''),
  ('SO-CT', 'Sở Công Thương', 'department', '', ''),
  ('SO-DTTG', 'Sở Dân tộc và Tôn giáo', 'department', '', ''),
  ('THANH-TRA', 'Thanh tra tỉnh', 'department', '', ''),
  ('CT-DIEN', 'Công ty Điện lực Khánh Hòa', 'company', '', ''),
  ('CT-NUOC', 'Công ty Cổ phần Cấp thoát nước Khánh Hòa', 'company', '', ''),
  ('CT-VIENTHONG', 'Viễn thông Khánh Hòa', 'company', '', ''),
  ('CT-MTDT', 'Công ty Cổ phần Môi trường đô thị Nha Trang', 'company', '', '');

-- Each commune's People's Committee is a handling unit.
INSERT INTO units(code, name, kind, commune_code)
  SELECT 'UBND-' || code, 'UBND ' || name, 'commune', code FROM communes ORDER BY code;

INSERT INTO categories(code, name, grp, default_unit_id, sort_order) VALUES
  ('du_lich', 'Du lịch', 'sector', (SELECT id FROM units WHERE code = 'SO-VHTTDL'), 1),
  ('giao_thong_van_tai', 'Giao thông vận tải', 'sector', (SELECT id FROM units WHERE code = 'SO-XD'), 2),
  ('xay_dung', 'Xây dựng', 'sector', (SELECT id FROM units WHERE code = 'SO-XD'), 3),
  ('tai_nguyen_moi_truong', 'Tài nguyên và Môi trường', 'sector', (SELECT id FROM units WHERE code = 'SO-NNMT'), 4),
  ('y_te', 'Y tế', 'sector', (SELECT id FROM units WHERE code = 'SO-YT'), 5),
  ('giao_duc_dao_tao', 'Giáo dục và Đào tạo', 'sector', (SELECT id FROM units WHERE code = 'SO-GDDT'), 6),
  ('van_hoa_the_thao', 'Văn hóa và Thể thao', 'sector', (SELECT id FROM units WHERE code = 'SO-VHTTDL'), 7),
  ('nong_nghiep', 'Nông nghiệp và PTNT', 'sector', (SELECT id FROM units WHERE code = 'SO-NNMT'), 8),
  ('tu_phap', 'Tư pháp', 'sector', (SELECT id FROM units WHERE code = 'SO-TP'), 9),
  ('thong_tin_truyen_thong', 'Thông tin và Truyền thông', 'sector', (SELECT id FROM units WHERE code = 'SO-KHCN'), 10),
  ('ke_hoach_dau_tu', 'Kế hoạch và Đầu tư', 'sector', (SELECT id FROM units WHERE code = 'SO-TC'), 11),
  ('khac', 'Khác', 'sector', (SELECT id FROM units WHERE code = 'TTDH'), 12),
  ('su_co_giao_thong', 'Giao thông', 'urban_incident', (SELECT id FROM units WHERE code = 'SO-XD'), 13),
  ('su_co_cap_thoat_nuoc', 'Cấp thoát nước', 'urban_incident', (SELECT id FROM units WHERE code = 'CT-NUOC'), 14),
  ('su_co_moi_truong_do_thi', 'Môi trường – Đô thị', 'urban_incident', (SELECT id FROM units WHERE code = 'CT-MTDT'), 15),
  ('su_co_vien_thong', 'Viễn thông', 'urban_incident', (SELECT id FROM units WHERE code = 'CT-VIENTHONG'), 16),
  ('su_co_dien_luc', 'Điện lực', 'urban_incident', (SELECT id FROM units WHERE code = 'CT-DIEN'), 17);
