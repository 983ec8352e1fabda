// keystone: the playable client. Parses the command line and runs the App.
#include <cstdio>
#include <string>

#include "app.h"
#include "core/options.h"

int main(int argc, char** argv) {
    keystone::client::Options options;
    std::string error;
    if (!keystone::client::parse_options(argc, argv, &options, &error)) {
        std::fprintf(stderr, "keystone: %s\n%s", error.c_str(), keystone::client::options_usage());
        return 2;
    }
    if (options.help) {
        std::fputs(keystone::client::options_usage(), stdout);
        return 0;
    }
    keystone::client::App app(options);
    return app.run();
}
