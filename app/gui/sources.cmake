target_sources(exoapp PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/app_icon.h
    ${CMAKE_CURRENT_LIST_DIR}/app_icon.cpp
    ${CMAKE_SOURCE_DIR}/resources/exoworld.qrc
    ${CMAKE_CURRENT_LIST_DIR}/analysis_controller.h
    ${CMAKE_CURRENT_LIST_DIR}/analysis_controller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demo_launcher.h
    ${CMAKE_CURRENT_LIST_DIR}/demo_launcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/launch_options.h
    ${CMAKE_CURRENT_LIST_DIR}/launch_options.cpp
    ${CMAKE_CURRENT_LIST_DIR}/main_window.h
    ${CMAKE_CURRENT_LIST_DIR}/main_window.cpp
    ${CMAKE_CURRENT_LIST_DIR}/main_window_results.cpp
    ${CMAKE_CURRENT_LIST_DIR}/main_window_archive.h
    ${CMAKE_CURRENT_LIST_DIR}/main_window_archive.cpp
    ${CMAKE_CURRENT_LIST_DIR}/find_star_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/find_star_dialog.cpp)
