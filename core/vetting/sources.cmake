target_sources(exocore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/vetting.h
    ${CMAKE_CURRENT_LIST_DIR}/vetting_internal.h
    ${CMAKE_CURRENT_LIST_DIR}/vetting.cpp
    ${CMAKE_CURRENT_LIST_DIR}/shape.cpp
    ${CMAKE_CURRENT_LIST_DIR}/host.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pixels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ephemeris.cpp)
