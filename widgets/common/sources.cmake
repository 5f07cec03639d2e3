target_sources(exowidgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/error_text.h
    ${CMAKE_CURRENT_LIST_DIR}/error_text.cpp
    ${CMAKE_CURRENT_LIST_DIR}/decimal_spin_box.h
    ${CMAKE_CURRENT_LIST_DIR}/decimal_spin_box.cpp
    ${CMAKE_CURRENT_LIST_DIR}/elided_combo_box.h
    ${CMAKE_CURRENT_LIST_DIR}/elided_combo_box.cpp)
