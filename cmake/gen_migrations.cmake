# cmake -DDIR=migrations -DOUTPUT=out.cpp -P gen_migrations.cmake
# Embeds every NNNN_name.sql of DIR, in version order, as raw string literals.
file(GLOB files "${DIR}/*.sql")
list(SORT files)
set(body "")
foreach(f ${files})
  get_filename_component(name "${f}" NAME_WE)
  string(REGEX MATCH "^([0-9]+)_(.*)$" _ "${name}")
  set(version "${CMAKE_MATCH_1}")
  math(EXPR version "${version} + 0")
  file(READ "${f}" sql)
  string(APPEND body "    {${version}, \"${CMAKE_MATCH_2}\", R\"PAKNSQL(${sql})PAKNSQL\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from server/store/migrations/*.sql; do not edit.\n"
  "#include \"store/migrations.h\"\n#include <array>\n"
  "namespace pakn::server::store {\nnamespace {\nconst Migration kMigrations[] = {\n${body}};\n}\n"
  "std::span<const Migration> migrations() { return kMigrations; }\n}\n")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
