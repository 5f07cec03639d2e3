target_sources(exocore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/demo_star.h
    ${CMAKE_CURRENT_LIST_DIR}/demo_star.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demo_physics.h
    ${CMAKE_CURRENT_LIST_DIR}/demo_physics.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demo_simulation.h
    ${CMAKE_CURRENT_LIST_DIR}/demo_simulation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demo_tpf_writer.h
    ${CMAKE_CURRENT_LIST_DIR}/demo_tpf_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kepler_calendar.h
    ${CMAKE_CURRENT_LIST_DIR}/kepler_calendar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workshop.h
    ${CMAKE_CURRENT_LIST_DIR}/workshop.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workshop_lc_writer.h
    ${CMAKE_CURRENT_LIST_DIR}/workshop_lc_writer.cpp)
