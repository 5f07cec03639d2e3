target_sources(exowidgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/lod.h
    ${CMAKE_CURRENT_LIST_DIR}/lod.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plot_style.h
    ${CMAKE_CURRENT_LIST_DIR}/plot_style.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plot_export.h
    ${CMAKE_CURRENT_LIST_DIR}/plot_export.cpp
    ${CMAKE_CURRENT_LIST_DIR}/axis_coordinator.h
    ${CMAKE_CURRENT_LIST_DIR}/axis_coordinator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/light_curve_plot.h
    ${CMAKE_CURRENT_LIST_DIR}/light_curve_plot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lod_graph.h
    ${CMAKE_CURRENT_LIST_DIR}/lod_graph.cpp
    ${CMAKE_CURRENT_LIST_DIR}/periodogram_plot.h
    ${CMAKE_CURRENT_LIST_DIR}/periodogram_plot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fold_plot.h
    ${CMAKE_CURRENT_LIST_DIR}/fold_plot.cpp)
