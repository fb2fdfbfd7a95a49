-- Gửi lại không cần mã xác thực (issue 15 item 17): a sign-in that has sent
-- a report with its captcha solved sends the next ones without one, while
-- the account's pace stays a person's (pakn::send_needs_captcha). Kept on
-- the session, so another sign-in of the same account is not trusted, and
-- it ends with the session.
ALTER TABLE sessions ADD COLUMN sent_report INTEGER NOT NULL DEFAULT 0;
