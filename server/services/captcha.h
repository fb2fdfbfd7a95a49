// Captcha (Mã xác thực): single-use, short-lived challenges that a form sent
// by a person carries (sign-up, sign-in, forgotten password, anonymous
// reports). The usual one is a distorted picture of 5 characters drawn here
// (captcha_image.h), never by an outside service; the accessible
// alternative is a question in Vietnamese from a bank of templates with
// random parts ("Viết số “hai mươi mốt” bằng chữ số"), which a screen reader
// reads out and a plain pattern match cannot answer. Only a hash of the
// answer is stored; the picture lives in memory until it is answered or
// expires.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/clock.h"
#include "pakn/dto.h"
#include "pakn/errors.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

struct CaptchaSettings {
    std::int64_t ttl = 300;             // an unanswered challenge expires after 5 min
    int text_per_address = 30;          // text questions per address per hour (they are the easier kind)
    std::int64_t text_window = 3600;
    std::size_t max_images = 4096;      // pictures kept in memory (~11 KB each); the oldest go first
};

// What a new challenge is shown as, and its answer (for the test observer).
struct NewChallenge {
    Captcha captcha;
    std::string answer;
};

class CaptchaService {
public:
    CaptchaService(store::Database& db, const Clock& clock, CaptchaSettings settings = {});

    // A new challenge: kind "image" (also "") or "text". A 429 when this
    // address asked for too many text questions within the hour.
    Result<Captcha> create(std::string_view kind, const std::string& ip);
    // The PNG of an image challenge still waiting for its answer.
    std::optional<std::string> image(const std::string& id);
    // Consumes the challenge whatever the answer; true when right and in time.
    bool check(const std::string& id, const std::string& answer);

    // Sees every new challenge with its answer. Set only by tests (in-process
    // tests, and `serve` when PAKN_TEST_HOOKS=1 for the browser tests, see
    // docs/testing.md); nothing else reads an answer back.
    void set_observer(std::function<void(const std::string& id, const std::string& answer)> observer);

    // The canonical form an answer is compared in: image answers ignore
    // case, spaces and punctuation; text answers also ignore diacritics,
    // filler words ("số", "chữ") and accept numbers in words ("mười hai").
    static std::string canonical_answer(std::string_view kind, std::string_view raw);
    // A question of the text bank with its answer, from `pick(lo, hi)` (a
    // uniform integer in [lo, hi]).
    static std::pair<std::string, std::string> text_question(const std::function<int(int, int)>& pick);
    // Vietnamese words for 0..99 ("hai mươi mốt").
    static std::string number_words(int n);

private:
    struct Image {
        std::string png;
        std::int64_t expires_at = 0;
    };
    void keep_image(const std::string& id, std::string png, std::int64_t now);
    void drop_image(const std::string& id);

    store::Database& db_;
    const Clock& clock_;
    CaptchaSettings settings_;
    std::mutex mutex_;
    std::unordered_map<std::string, Image> images_;
    std::deque<std::string> image_order_;
    std::function<void(const std::string&, const std::string&)> observer_;
};

}  // namespace pakn::server::services
