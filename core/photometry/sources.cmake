target_sources(exocore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/aperture.h
    ${CMAKE_CURRENT_LIST_DIR}/aperture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/aperture_io.cpp
    ${CMAKE_CURRENT_LIST_DIR}/output_shape.h
    ${CMAKE_CURRENT_LIST_DIR}/robust_stats.h
    ${CMAKE_CURRENT_LIST_DIR}/sap.h
    ${CMAKE_CURRENT_LIST_DIR}/sap.cpp
    ${CMAKE_CURRENT_LIST_DIR}/prepared.h
    ${CMAKE_CURRENT_LIST_DIR}/prepared.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stitch.h
    ${CMAKE_CURRENT_LIST_DIR}/stitch.cpp)
