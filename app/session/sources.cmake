target_sources(exosession PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/session_types.h
    ${CMAKE_CURRENT_LIST_DIR}/session.h
    ${CMAKE_CURRENT_LIST_DIR}/session.cpp)
