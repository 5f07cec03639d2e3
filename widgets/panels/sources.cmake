target_sources(exowidgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/metatypes.h
    ${CMAKE_CURRENT_LIST_DIR}/pipeline_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/pipeline_panel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pipeline_panel_search.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pipeline_panel_workshop.cpp
    ${CMAKE_CURRENT_LIST_DIR}/candidates_model.h
    ${CMAKE_CURRENT_LIST_DIR}/candidates_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/candidates_table.h
    ${CMAKE_CURRENT_LIST_DIR}/candidates_table.cpp
    ${CMAKE_CURRENT_LIST_DIR}/star_browser.h
    ${CMAKE_CURRENT_LIST_DIR}/star_browser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/vetting_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/vetting_panel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/panel_style.h
    ${CMAKE_CURRENT_LIST_DIR}/panel_style.cpp)
