target_sources(exoapp PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/workshop_steps.h
    ${CMAKE_CURRENT_LIST_DIR}/workshop_steps.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workshop_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/workshop_panel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workshop_controller.h
    ${CMAKE_CURRENT_LIST_DIR}/workshop_controller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/highlight_frame.h
    ${CMAKE_CURRENT_LIST_DIR}/highlight_frame.cpp
    ${CMAKE_CURRENT_LIST_DIR}/search_all.h
    ${CMAKE_CURRENT_LIST_DIR}/search_all.cpp)
