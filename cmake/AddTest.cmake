# leadbridge_add_test(<name> SOURCES ... LIBS ... [LABELS ...] [ARGS ...] [TIMEOUT s])
# One Qt Test executable per subject, run offscreen with a private data dir.
function(leadbridge_add_test name)
    cmake_parse_arguments(arg "" "TIMEOUT" "SOURCES;LIBS;LABELS;ARGS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE leadbridge_options Qt6::Test ${arg_LIBS})
    add_test(NAME ${name} COMMAND ${name} ${arg_ARGS})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LEADBRIDGE_TEST_SOURCE_DIR=${PROJECT_SOURCE_DIR};LEADBRIDGE_BINARY_DIR=${PROJECT_BINARY_DIR}")
endfunction()
