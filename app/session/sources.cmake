target_sources(exosession PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/session_types.h
    ${CMAKE_CURRENT_LIST_DIR}/session.h
    ${CMAKE_CURRENT_LIST_DIR}/session.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session_json.h
    ${CMAKE_CURRENT_LIST_DIR}/session_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session_io.h
    ${CMAKE_CURRENT_LIST_DIR}/session_io.cpp
    ${CMAKE_CURRENT_LIST_DIR}/json_guard.h
    ${CMAKE_CURRENT_LIST_DIR}/json_guard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session_settings_check.h
    ${CMAKE_CURRENT_LIST_DIR}/session_settings_check.cpp
    ${CMAKE_CURRENT_LIST_DIR}/app_settings.h
    ${CMAKE_CURRENT_LIST_DIR}/app_settings.cpp)
