# One INTERFACE target carries the project-wide compile policy, so every
# library, executable and test gets the same warnings and string rules.
add_library(leadbridge_options INTERFACE)
target_compile_definitions(leadbridge_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060000)
target_compile_options(leadbridge_options INTERFACE
    # clang (the fuzz preset) has no -Wshadow=local.
    -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor
    -Woverloaded-virtual -Wno-missing-field-initializers)
target_include_directories(leadbridge_options INTERFACE
    "${PROJECT_SOURCE_DIR}"
    "${PROJECT_BINARY_DIR}/generated")

if(LEADBRIDGE_SANITIZERS)
    target_compile_options(leadbridge_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(leadbridge_options INTERFACE -fsanitize=address,undefined)
endif()
