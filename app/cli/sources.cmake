target_sources(exocli PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cli.h
    ${CMAKE_CURRENT_LIST_DIR}/cli.cpp)
