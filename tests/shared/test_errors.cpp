#include <doctest/doctest.h>
#include "pakn/errors.h"
TEST_CASE("field_error takes its message from the catalogue") {
  auto e = pakn::field_error("title", "required");
  CHECK(e.message == "Vui lòng nhập thông tin này");
}
