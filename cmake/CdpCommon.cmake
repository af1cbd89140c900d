# One strict INTERFACE target linked by every target of the project (after qBittorrent's CommonConfig).
add_library(cdp_strict INTERFACE)
target_compile_definitions(cdp_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_MESSAGELOGCONTEXT
)
target_compile_options(cdp_strict INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
if(CDP_WERROR)
    target_compile_options(cdp_strict INTERFACE -Werror)
endif()
if(CDP_SANITIZE)
    target_compile_options(cdp_strict INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(cdp_strict INTERFACE -fsanitize=address,undefined)
endif()

# cdp_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>] [TIMEOUT <s>])
# Registers a QtTest executable with CTest, offscreen, with asserts forced on.
function(cdp_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE cdp_strict Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        QT_FORCE_ASSERTS
        CDP_SANDBOX_EXECUTABLE="$<TARGET_FILE:cdp-sandbox>"
        CDP_SEEDS_DIR="${CMAKE_SOURCE_DIR}/../shared/seeds"
        CDP_SHARED_DATA_DIR="${CMAKE_SOURCE_DIR}/../shared/data")
    add_dependencies(${T_NAME} cdp-sandbox)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_ASSERTS=1;CDP_TEST_RUN=1;ASAN_OPTIONS=detect_leaks=0:abort_on_error=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
endfunction()
