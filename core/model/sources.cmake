target_sources(exocore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mission.h
    ${CMAKE_CURRENT_LIST_DIR}/mission.cpp
    ${CMAKE_CURRENT_LIST_DIR}/light_curve.h
    ${CMAKE_CURRENT_LIST_DIR}/light_curve.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pixel_file.h)
target_sources(exocore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/candidate.h
    ${CMAKE_CURRENT_LIST_DIR}/candidate.cpp)
