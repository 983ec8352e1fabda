#define CATCH_CONFIG_MAIN  // the one translation unit with Catch2 main
#include <catch2/catch.hpp>
