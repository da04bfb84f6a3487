// The library holds only the embedded translations (see CMakeLists.txt).
