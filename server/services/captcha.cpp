// [SECTION] index: Vietnamese numbers, the question bank, answers, challenges,
// pictures.
#include "services/captcha.h"

#include <algorithm>
#include <array>

#include "pakn/messages.h"
#include "pakn/text.h"
#include "services/captcha_image.h"
#include "services/counters.h"
#include "services/crypto.h"
#include "store/accounts_store.h"
#include "store/db.h"

namespace pakn::server::services {
namespace {

// ---------------------------------------------------------------- Vietnamese numbers
constexpr std::array<const char*, 10> kDigitWords = {"không", "một", "hai", "ba", "bốn",
                                                     "năm", "sáu", "bảy", "tám", "chín"};

// A digit from one folded word ("mốt" and "một" fold alike, so do "năm" and
// "lăm"; "tư" is four after "mươi").
std::optional<int> digit_of(const std::string& w) {
    static const std::pair<const char*, int> kWords[] = {
        {"khong", 0}, {"mot", 1}, {"hai", 2}, {"ba", 3}, {"bon", 4}, {"tu", 4}, {"nam", 5},
        {"lam", 5},   {"sau", 6}, {"bay", 7}, {"tam", 8}, {"chin", 9}};
    for (const auto& [word, d] : kWords)
        if (w == word) return d;
    if (w.size() == 1 && w[0] >= '0' && w[0] <= '9') return w[0] - '0';
    return std::nullopt;
}

// 0..99 written in folded words ("hai muoi mot"), or nullopt.
std::optional<int> number_of(const std::vector<std::string>& w) {
    if (w.size() == 1) return w[0] == "muoi" ? std::optional(10) : digit_of(w[0]);
    if (w.size() == 2 && w[0] == "muoi") {
        auto u = digit_of(w[1]);
        return u && *u > 0 ? std::optional(10 + *u) : std::nullopt;
    }
    if ((w.size() == 2 || w.size() == 3) && w[1] == "muoi") {
        auto t = digit_of(w[0]);
        if (!t || *t < 2) return std::nullopt;
        if (w.size() == 2) return *t * 10;
        auto u = digit_of(w[2]);
        return u && *u > 0 ? std::optional(*t * 10 + *u) : std::nullopt;
    }
    return std::nullopt;
}

bool all_digits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// ---------------------------------------------------------------- the question bank
// Words without a two-letter consonant (nh, ng, tr, ch ...) at either end,
// so "the first letter" and "the last letter" have one answer.
constexpr std::array<const char*, 32> kWords = {
    "biển", "đảo",  "cát",  "muối", "lúa",  "dừa", "hồ",   "đèo",  "bãi",  "mây", "mưa",
    "núi",  "đất",  "suối", "tôm",  "cua",  "cá",  "Diên", "Cam",  "Sơn",  "Hòa", "Lâm",
    "Bắc",  "Tây",  "hoa",  "lửa",  "bút",  "vở",  "áo",   "đèn",  "bến",  "cầu"};

constexpr std::array<const char*, 3> kOrdinals = {"đầu tiên", "thứ hai", "thứ ba"};

struct Fact {
    const char* question;
    int answer;
};
constexpr Fact kFacts[] = {
    {"Một tuần có bao nhiêu ngày?", 7},        {"Một ngày có bao nhiêu giờ?", 24},
    {"Một giờ có bao nhiêu phút?", 60},         {"Một năm có bao nhiêu tháng?", 12},
    {"Một con gà có mấy chân?", 2},             {"Một con chó có mấy chân?", 4},
    {"Một bàn tay có mấy ngón?", 5},            {"Một phút có bao nhiêu giây?", 60},
};

std::u32string letters_of(const char* word) {
    auto cps = utf8_to_codepoints(to_nfc(std::string_view(word)));
    return cps ? *cps : std::u32string();
}

std::string quoted(const std::string& s) { return "“" + s + "”"; }

constexpr const char* kInDigits = " Trả lời bằng chữ số.";
constexpr const char* kOneLetter = " Gõ một chữ cái.";

}  // namespace

std::string CaptchaService::number_words(int n) {
    if (n < 0 || n > 99) return std::to_string(n);
    if (n < 10) return kDigitWords[static_cast<std::size_t>(n)];
    const int tens = n / 10, unit = n % 10;
    std::string s = tens == 1 ? "mười" : std::string(kDigitWords[static_cast<std::size_t>(tens)]) + " mươi";
    if (unit == 0) return s;
    if (unit == 1) return s + (tens == 1 ? " một" : " mốt");
    if (unit == 5) return s + " lăm";
    return s + " " + kDigitWords[static_cast<std::size_t>(unit)];
}

std::pair<std::string, std::string> CaptchaService::text_question(const std::function<int(int, int)>& pick) {
    const auto w = [&](int n) { return number_words(n); };
    const auto word = [&] { return std::string(kWords[static_cast<std::size_t>(pick(0, kWords.size() - 1))]); };
    switch (pick(0, 10)) {
        case 0: {
            const int n = pick(11, 99);
            return {"Viết số " + quoted(w(n)) + " bằng chữ số.", std::to_string(n)};
        }
        case 1: {
            const int a = pick(2, 20), b = pick(2, 20);
            return {w(a) + " cộng " + w(b) + " bằng bao nhiêu?" + kInDigits, std::to_string(a + b)};
        }
        case 2: {
            const int a = pick(12, 40), b = pick(2, 9);
            return {w(a) + " trừ " + w(b) + " bằng bao nhiêu?" + kInDigits, std::to_string(a - b)};
        }
        case 3: {
            const int n = pick(10, 98);
            const bool after = pick(0, 1) == 1;
            return {std::string("Số liền ") + (after ? "sau" : "trước") + " của số " + quoted(w(n)) + " là số nào?" +
                        kInDigits,
                    std::to_string(after ? n + 1 : n - 1)};
        }
        case 4: {
            int x = pick(2, 99), y = pick(2, 99), z = pick(2, 99);
            while (y == x) y = pick(2, 99);
            while (z == x || z == y) z = pick(2, 99);
            const bool largest = pick(0, 1) == 1;
            const int answer = largest ? std::max({x, y, z}) : std::min({x, y, z});
            return {"Trong các số " + w(x) + ", " + w(y) + ", " + w(z) + ", số nào " + (largest ? "lớn" : "nhỏ") +
                        " nhất?" + kInDigits,
                    std::to_string(answer)};
        }
        case 5:
        case 6: {
            const std::string wd = word();
            const auto letters = letters_of(wd.c_str());
            const bool last = pick(0, 2) == 0;
            const std::size_t at = last ? letters.size() - 1
                                        : static_cast<std::size_t>(pick(0, std::min<int>(2, static_cast<int>(letters.size()) - 1)));
            const std::string position = last ? "cuối cùng" : kOrdinals[at];
            return {"Chữ cái " + position + " của từ " + quoted(wd) + " là chữ gì?" + kOneLetter,
                    codepoints_to_utf8(std::u32string(1, letters[at]))};
        }
        case 7: {
            const std::string wd = word();
            return {"Từ " + quoted(wd) + " có bao nhiêu chữ cái?" + kInDigits,
                    std::to_string(letters_of(wd.c_str()).size())};
        }
        case 8: {
            std::string spoken, digits;
            for (int i = 0; i < 4; ++i) {
                const int d = pick(0, 9);
                spoken += (i ? ", " : "") + w(d);
                digits += static_cast<char>('0' + d);
            }
            return {"Gõ liền nhau các chữ số: " + spoken + ".", digits};
        }
        case 9: {
            const Fact& f = kFacts[pick(0, static_cast<int>(std::size(kFacts)) - 1)];
            return {std::string(f.question) + kInDigits, std::to_string(f.answer)};
        }
        default: {
            const int n = pick(2, 9);
            return {"Số " + quoted(w(n)) + " nhân hai bằng bao nhiêu?" + kInDigits, std::to_string(n * 2)};
        }
    }
}

// ---------------------------------------------------------------- answers
std::string CaptchaService::canonical_answer(std::string_view kind, std::string_view raw) {
    std::vector<std::string> words = fold_tokens(raw);
    if (kind != "text") {
        std::string out;
        for (const auto& t : words) out += t;
        return out;
    }
    // "số 12", "chữ k", "là 7": the filler words people put before an answer.
    static const std::array<const char*, 5> kFillers = {"so", "chu", "cai", "la", "bang"};
    while (words.size() > 1 && std::find(kFillers.begin(), kFillers.end(), words.front()) != kFillers.end())
        words.erase(words.begin());
    if (words.empty()) return "";
    if (auto n = number_of(words)) return std::to_string(*n);
    std::string joined;
    bool digit_words = true;
    for (const auto& t : words) {
        joined += t;
        if (!all_digits(t) && !digit_of(t)) digit_words = false;
    }
    if (digit_words && !all_digits(joined)) {  // "bảy hai chín bốn" -> "7294"
        std::string digits;
        for (const auto& t : words) digits += all_digits(t) ? t : std::string(1, static_cast<char>('0' + *digit_of(t)));
        return digits;
    }
    return joined;
}

// ---------------------------------------------------------------- challenges
CaptchaService::CaptchaService(store::Database& db, const Clock& clock, CaptchaSettings settings)
    : db_(db), clock_(clock), settings_(settings) {}

void CaptchaService::set_observer(std::function<void(const std::string&, const std::string&)> observer) {
    std::lock_guard lock(mutex_);
    observer_ = std::move(observer);
}

Result<Captcha> CaptchaService::create(std::string_view kind, const std::string& ip) {
    const bool text = kind == "text";
    if (!text && !kind.empty() && kind != "image") return Result<Captcha>::failure(api_error(400, "malformed_request"));
    const auto now = clock_.now();
    Captcha c;
    std::string answer, png;
    if (text) {
        c.kind = "text";
        c.id = "t" + crypto::hex(crypto::random_bytes(16));
        std::tie(c.question, answer) = text_question(crypto::random_int);
    } else {
        c.kind = "image";
        c.id = "i" + crypto::hex(crypto::random_bytes(16));
        c.question = "Nhập các ký tự trong ảnh";
        for (int i = 0; i < 5; ++i)
            answer.push_back(captcha_image::kAlphabet[static_cast<std::size_t>(
                crypto::random_int(0, static_cast<int>(captcha_image::kAlphabet.size()) - 1))]);
        std::uint64_t seed = 0;
        for (unsigned char b : crypto::random_bytes(8)) seed = seed << 8 | b;
        png = captcha_image::encode_png(captcha_image::render(answer, seed));
        c.image = "/api/v1/captcha/" + c.id + ".png";
        c.width = captcha_image::kWidth;
        c.height = captcha_image::kHeight;
    }
    const std::string hash = crypto::sha256_hex(c.id + ":" + canonical_answer(c.kind, answer));
    const std::string key = "captcha-text:" + ip;
    auto refused = db_.attempt(
        [&](store::Connection& conn) -> std::optional<ApiError> {
            if (text) {
                const auto used = count_in_window(conn, key, now, settings_.text_window);
                if (used.count >= settings_.text_per_address) {
                    ApiError e = api_error(429, "rate_limited");
                    e.retry_after_seconds = used.seconds_left(now, settings_.text_window);
                    return e;
                }
                add_to_window(conn, key, now, settings_.text_window);
            }
            store::insert_captcha(conn, c.id, hash, now + settings_.ttl);
            return std::nullopt;
        },
        store::Durability::normal);
    if (refused) return Result<Captcha>::failure(*refused);
    if (!text) keep_image(c.id, std::move(png), now);
    std::function<void(const std::string&, const std::string&)> observer;
    {
        std::lock_guard lock(mutex_);
        observer = observer_;
    }
    if (observer) observer(c.id, answer);
    return Result<Captcha>::success(std::move(c));
}

bool CaptchaService::check(const std::string& id, const std::string& answer) {
    if (id.size() < 2 || id.size() > 64) return false;
    drop_image(id);
    const auto now = clock_.now();
    auto stored = db_.write([&](store::Connection& c) { return store::take_captcha(c, id, now); },
                            store::Durability::normal);
    const std::string_view kind = id[0] == 't' ? "text" : "image";
    return stored && crypto::constant_time_equals(*stored, crypto::sha256_hex(id + ":" + canonical_answer(kind, answer)));
}

// ---------------------------------------------------------------- pictures
void CaptchaService::keep_image(const std::string& id, std::string png, std::int64_t now) {
    std::lock_guard lock(mutex_);
    // Oldest first: every picture lives as long (settings_.ttl), so the front
    // is the first to expire. Answered ones left the map already; their ids
    // leave the order list here too.
    auto stale = [&](const std::string& front) {
        auto it = images_.find(front);
        return it == images_.end() || it->second.expires_at <= now || images_.size() >= settings_.max_images ||
               image_order_.size() >= 4 * settings_.max_images;
    };
    while (!image_order_.empty() && stale(image_order_.front())) {
        images_.erase(image_order_.front());
        image_order_.pop_front();
    }
    images_[id] = Image{std::move(png), now + settings_.ttl};
    image_order_.push_back(id);
}

void CaptchaService::drop_image(const std::string& id) {
    std::lock_guard lock(mutex_);
    images_.erase(id);  // its place in image_order_ goes when it comes to the front
}

std::optional<std::string> CaptchaService::image(const std::string& id) {
    const auto now = clock_.now();
    std::lock_guard lock(mutex_);
    auto it = images_.find(id);
    if (it == images_.end() || it->second.expires_at <= now) return std::nullopt;
    return it->second.png;
}

}  // namespace pakn::server::services
