target_sources(exosession PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/command_ids.h
    ${CMAKE_CURRENT_LIST_DIR}/set_aperture_command.h
    ${CMAKE_CURRENT_LIST_DIR}/set_aperture_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/set_settings_command.h
    ${CMAKE_CURRENT_LIST_DIR}/set_settings_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mask_range_command.h
    ${CMAKE_CURRENT_LIST_DIR}/mask_range_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/candidate_flag_command.h
    ${CMAKE_CURRENT_LIST_DIR}/candidate_flag_command.cpp)
