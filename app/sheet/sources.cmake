target_sources(exosheet PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mini_plot.h
    ${CMAKE_CURRENT_LIST_DIR}/mini_plot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/vetting_sheet.h
    ${CMAKE_CURRENT_LIST_DIR}/vetting_sheet.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sheet_panels.h
    ${CMAKE_CURRENT_LIST_DIR}/sheet_panels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sheet_vetting_panels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sheet_source.h
    ${CMAKE_CURRENT_LIST_DIR}/sheet_source.cpp)
