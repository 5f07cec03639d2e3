target_sources(exocli PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cli.h
    ${CMAKE_CURRENT_LIST_DIR}/cli.cpp
    ${CMAKE_CURRENT_LIST_DIR}/args.h
    ${CMAKE_CURRENT_LIST_DIR}/args.cpp
    ${CMAKE_CURRENT_LIST_DIR}/json_writer.h
    ${CMAKE_CURRENT_LIST_DIR}/json_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/commands.h
    ${CMAKE_CURRENT_LIST_DIR}/cmd_info.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cmd_lightcurve.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cmd_search.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cmd_demo.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cmd_gts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cmd_batch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pipeline_options.h
    ${CMAKE_CURRENT_LIST_DIR}/pipeline_options.cpp)
