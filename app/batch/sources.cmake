target_sources(exobatch PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/results_db.h
    ${CMAKE_CURRENT_LIST_DIR}/results_db.cpp
    ${CMAKE_CURRENT_LIST_DIR}/star_record.h
    ${CMAKE_CURRENT_LIST_DIR}/star_record.cpp
    ${CMAKE_CURRENT_LIST_DIR}/batch_runner.h
    ${CMAKE_CURRENT_LIST_DIR}/batch_runner.cpp)
