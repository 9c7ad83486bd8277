# `cmake --install <build> --prefix <dir>` installs the headers, the module
# libraries, the fflab CLI, a CMake package (find_package(fflab): fflab::fflab,
# fflab::testing, fflab::plugin_api, fflab::cli and fflab_add_plugin()) and a
# pkg-config file (fflab.pc).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(FFLAB_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/fflab)

install(TARGETS fflab_options fflab_plugin_api fflab ${fflab_modules} EXPORT fflabTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(TARGETS fflab_cli EXPORT fflabTargets RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/lib/include/fflab DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT fflabTargets NAMESPACE fflab:: DESTINATION ${FFLAB_INSTALL_CMAKEDIR})

# Built with MPI: the package and the pkg-config file ask for it too.
if(MPI_CXX_FOUND)
  set(FFLAB_WITH_MPI TRUE)
  set(FFLAB_PC_REQUIRES " ompi-c")
else()
  set(FFLAB_WITH_MPI FALSE)
  set(FFLAB_PC_REQUIRES "")
endif()
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/fflabConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/fflabConfig.cmake INSTALL_DESTINATION ${FFLAB_INSTALL_CMAKEDIR})
# Plugins and programs must be built against the very fflab they run with
# (their build tag says so): only this version satisfies find_package.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/fflabConfigVersion.cmake COMPATIBILITY ExactVersion)
install(FILES ${PROJECT_BINARY_DIR}/fflabConfig.cmake ${PROJECT_BINARY_DIR}/fflabConfigVersion.cmake
              ${PROJECT_SOURCE_DIR}/cmake/fflab_add_plugin.cmake ${PROJECT_SOURCE_DIR}/cmake/fflab_plugin_build_tag.cpp
        DESTINATION ${FFLAB_INSTALL_CMAKEDIR})

# pkg-config: the modules in link order, and the flags of fflab_options.
set(FFLAB_PC_LIBS "")
foreach(module experiment eval train local data distributed layers losses optim core)
  string(APPEND FFLAB_PC_LIBS " -lfflab_${module}")
endforeach()
set(FFLAB_PC_CFLAGS "-std=c++20 -DXTENSOR_USE_XSIMD")
if(FFLAB_AVX2)
  string(APPEND FFLAB_PC_CFLAGS " -mavx2 -mfma")
endif()
if(FFLAB_SANITIZE)
  string(APPEND FFLAB_PC_CFLAGS " -fsanitize=address,undefined -fno-omit-frame-pointer")
  string(APPEND FFLAB_PC_LIBS " -fsanitize=address,undefined")
endif()
# From <libdir>/pkgconfig up to the prefix: one ".." per part of the path
# (lib/pkgconfig: two; lib/x86_64-linux-gnu/pkgconfig: three).
set(FFLAB_PC_UP "")
string(REPLACE "/" ";" fflab_pc_parts "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
foreach(part IN LISTS fflab_pc_parts)
  string(APPEND FFLAB_PC_UP "/..")
endforeach()
configure_file(${PROJECT_SOURCE_DIR}/cmake/fflab.pc.in ${PROJECT_BINARY_DIR}/fflab.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/fflab.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
