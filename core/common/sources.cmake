target_sources(exocore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/status.h
    ${CMAKE_CURRENT_LIST_DIR}/status.cpp
    ${CMAKE_CURRENT_LIST_DIR}/safe_text.h
    ${CMAKE_CURRENT_LIST_DIR}/safe_text.cpp
    ${CMAKE_CURRENT_LIST_DIR}/progress.h
    ${CMAKE_CURRENT_LIST_DIR}/sha256.h
    ${CMAKE_CURRENT_LIST_DIR}/sha256.cpp
    ${CMAKE_CURRENT_LIST_DIR}/version.h.in)
