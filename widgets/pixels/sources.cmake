target_sources(exowidgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/color_map.h
    ${CMAKE_CURRENT_LIST_DIR}/color_map.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pixel_view.h
    ${CMAKE_CURRENT_LIST_DIR}/pixel_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pixel_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/pixel_panel.cpp)
