target_sources(exocore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/settings.h
    ${CMAKE_CURRENT_LIST_DIR}/settings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/analysis.h
    ${CMAKE_CURRENT_LIST_DIR}/analysis.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan.h
    ${CMAKE_CURRENT_LIST_DIR}/plan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/engine.h
    ${CMAKE_CURRENT_LIST_DIR}/engine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/inject.h
    ${CMAKE_CURRENT_LIST_DIR}/inject.cpp
    ${CMAKE_CURRENT_LIST_DIR}/display.h
    ${CMAKE_CURRENT_LIST_DIR}/display.cpp
    ${CMAKE_CURRENT_LIST_DIR}/search.h
    ${CMAKE_CURRENT_LIST_DIR}/search.cpp
    ${CMAKE_CURRENT_LIST_DIR}/safe_load.h
    ${CMAKE_CURRENT_LIST_DIR}/safe_load.cpp)
