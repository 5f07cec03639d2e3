target_sources(exocore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/sorted_window.h
    ${CMAKE_CURRENT_LIST_DIR}/clean.h
    ${CMAKE_CURRENT_LIST_DIR}/clean.cpp
    ${CMAKE_CURRENT_LIST_DIR}/segments.h
    ${CMAKE_CURRENT_LIST_DIR}/segments.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auto_window.h
    ${CMAKE_CURRENT_LIST_DIR}/auto_window.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bin.h
    ${CMAKE_CURRENT_LIST_DIR}/bin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/detrenders.h
    ${CMAKE_CURRENT_LIST_DIR}/detrend.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sliders.cpp
    ${CMAKE_CURRENT_LIST_DIR}/savgol.cpp)
