target_sources(exocore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/gts_text.h
    ${CMAKE_CURRENT_LIST_DIR}/gts_text.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fits_reader.h
    ${CMAKE_CURRENT_LIST_DIR}/fits_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fits_handle.h
    ${CMAKE_CURRENT_LIST_DIR}/fits_handle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fits_table_cache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/header_card.h
    ${CMAKE_CURRENT_LIST_DIR}/header_card.cpp
    ${CMAKE_CURRENT_LIST_DIR}/header_scan.h
    ${CMAKE_CURRENT_LIST_DIR}/header_scan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gzip_input.h
    ${CMAKE_CURRENT_LIST_DIR}/gzip_input.cpp
    ${CMAKE_CURRENT_LIST_DIR}/read_limits.h
    ${CMAKE_CURRENT_LIST_DIR}/read_limits.cpp
    ${CMAKE_CURRENT_LIST_DIR}/header_keys.h
    ${CMAKE_CURRENT_LIST_DIR}/header_keys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lc_readers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lightcurve_writer.h
    ${CMAKE_CURRENT_LIST_DIR}/lightcurve_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/quality.h
    ${CMAKE_CURRENT_LIST_DIR}/quality.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gts.h
    ${CMAKE_CURRENT_LIST_DIR}/gts.cpp)
# zlib: .fits.gz files are inflated by gzip_input.cpp (bounded) before CFITSIO sees them.
find_package(ZLIB REQUIRED)
target_link_libraries(exocore PRIVATE ZLIB::ZLIB)
