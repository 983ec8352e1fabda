# Install rules and the Debian package for classroom laptops (`cpack -G DEB` in the build folder,
# or `cmake --build build --target package`). CPack builds the .deb from the same install rules
# a `cmake --install` uses, so what is packaged is exactly what is installed, with no separate
# debian/ folder to keep in step.
#
# Layout (FHS): /usr/bin/keystone and /usr/bin/keystone-cli; the content in /usr/share/keystone
# (scripts/, assets/), found by the binaries relative to their own location (io/data_dir.h);
# the README and docs in /usr/share/doc/keystone.

include(GNUInstallDirs)

install(TARGETS keystone-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET keystone)
  install(TARGETS keystone RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
# share/keystone must stay ../share/keystone from bin/: locate_data_dir looks there.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/scripts ${PROJECT_SOURCE_DIR}/assets DESTINATION ${CMAKE_INSTALL_DATADIR}/keystone)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "keystone")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Keystone maintainers <keystone@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Serious game of a biotech park growing into a cluster of innovation")
set(CPACK_PACKAGE_DESCRIPTION "Keystone simulates a science park from its first tenants to a cluster of \
innovation, month by month, with policies, events and AI strategies written in Lua. It installs the \
keystone client (SDL2 + Dear ImGui), the keystone-cli headless tools and the shipped scenarios.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # keystone_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "games")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Shared libraries (SDL2, Lua 5.4, the C++ runtime, OpenMPI when built with it: configure with
# -DKEYSTONE_MPI=OFF for laptops that need no cluster runs) are found by dpkg-shlibdeps from the
# binaries themselves; it comes with dpkg-dev, which build-essential pulls in.
# The fonts are files the client opens, not libraries, so they are named by hand (theme.cpp).
find_program(KEYSTONE_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(KEYSTONE_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, fonts-wqy-microhei")
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libsdl2-2.0-0, liblua5.4-0, libstdc++6, libc6, fonts-dejavu-core, fonts-wqy-microhei")
endif()
include(CPack)
