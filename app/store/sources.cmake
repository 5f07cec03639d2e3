target_sources(exostore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/candidate_entry.h
    ${CMAKE_CURRENT_LIST_DIR}/candidate_entry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/signal_match.h
    ${CMAKE_CURRENT_LIST_DIR}/signal_match.cpp
    ${CMAKE_CURRENT_LIST_DIR}/store_schema.h
    ${CMAKE_CURRENT_LIST_DIR}/store_schema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/candidate_store.h
    ${CMAKE_CURRENT_LIST_DIR}/candidate_store.cpp
    ${CMAKE_CURRENT_LIST_DIR}/store_rows.h
    ${CMAKE_CURRENT_LIST_DIR}/store_rows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/entry_json.h
    ${CMAKE_CURRENT_LIST_DIR}/entry_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/file_hash.h
    ${CMAKE_CURRENT_LIST_DIR}/file_hash.cpp
    ${CMAKE_CURRENT_LIST_DIR}/candidate_export.h
    ${CMAKE_CURRENT_LIST_DIR}/candidate_export.cpp
    ${CMAKE_CURRENT_LIST_DIR}/review_merge.h
    ${CMAKE_CURRENT_LIST_DIR}/review_merge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/from_pipeline.h
    ${CMAKE_CURRENT_LIST_DIR}/from_pipeline.cpp)
target_compile_definitions(exostore PRIVATE EXO_STORE_APP_VERSION="${PROJECT_VERSION}")
