// Internal to shared/src: what a .cpp needs to give its DTOs a wire format
// the way dto.cpp does. Write one field list per DTO,
//
//     template <typename IO, typename V>
//     void fields_Thing(IO& io, V& v) { io.req("id", v.id); io.opt("name", v.name); }
//
// where `io` is an ObjectReader or an ObjectWriter (dto.h) and `v` the DTO
// (const when writing), then PAKN_JSON_VIA_FIELDS(Thing) defines the
// to_json/from_json pair declared in the DTO's header. Wire names are the
// contract: never rename one.
#pragma once

#include <string>
#include <type_traits>

#include "pakn/dto.h"

namespace pakn {

// `v` seen as its base `B`, keeping constness (ReportDetail -> ReportSummary),
// so a derived DTO's list can run its base's list first.
template <typename B, typename V>
auto& as_base(V& v) {
    if constexpr (std::is_const_v<V>)
        return static_cast<const B&>(v);
    else
        return static_cast<B&>(v);
}

}  // namespace pakn

// The to_json/from_json pair of `Type`, both running fields_<Type>. Use inside
// namespace pakn.
#define PAKN_JSON_VIA_FIELDS(Type)                                                                   \
    void to_json(nlohmann::json& j, const Type& v) {                                                 \
        ObjectWriter w(j);                                                                           \
        fields_##Type(w, v);                                                                         \
    }                                                                                                \
    void from_json(const nlohmann::json& j, Type& v, FieldErrors& errors, const std::string& path) { \
        ObjectReader r(j, path, errors);                                                             \
        if (!r.is_object()) return;                                                                  \
        fields_##Type(r, v);                                                                         \
        r.finish();                                                                                  \
    }
