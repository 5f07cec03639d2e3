target_sources(exocore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/grid.h
    ${CMAKE_CURRENT_LIST_DIR}/grid.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bls.h
    ${CMAKE_CURRENT_LIST_DIR}/bls_internal.h
    ${CMAKE_CURRENT_LIST_DIR}/bls.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bls_kernel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bls_fold.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bls_exact.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bls_stats.cpp
    ${CMAKE_CURRENT_LIST_DIR}/significance.h
    ${CMAKE_CURRENT_LIST_DIR}/significance.cpp
    ${CMAKE_CURRENT_LIST_DIR}/noise.h
    ${CMAKE_CURRENT_LIST_DIR}/noise.cpp
    ${CMAKE_CURRENT_LIST_DIR}/multi.h
    ${CMAKE_CURRENT_LIST_DIR}/multi.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dips.h
    ${CMAKE_CURRENT_LIST_DIR}/dips.cpp
    ${CMAKE_CURRENT_LIST_DIR}/model.h
    ${CMAKE_CURRENT_LIST_DIR}/model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/known_planets.h
    ${CMAKE_CURRENT_LIST_DIR}/known_planets.cpp)
# The fast-folding scan selects keys branch-free; GCC only vectorises float selects
# with -fno-trapping-math (no FP exceptions are used anywhere in exocore).
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/bls_fold.cpp PROPERTIES COMPILE_OPTIONS "-fno-trapping-math")
endif()
