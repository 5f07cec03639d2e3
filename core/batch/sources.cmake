target_sources(exocore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/batch_plan.h
    ${CMAKE_CURRENT_LIST_DIR}/batch_plan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/star_job.h
    ${CMAKE_CURRENT_LIST_DIR}/star_job.cpp)
