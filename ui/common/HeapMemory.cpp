#include "common/HeapMemory.h"

// AddressSanitizer brings an allocator of its own: GCC says so with __SANITIZE_ADDRESS__, Clang through
// __has_feature.
#if defined(__SANITIZE_ADDRESS__)
#define INNOATLAS_OTHER_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define INNOATLAS_OTHER_MALLOC 1
#endif
#endif

#if defined(__GLIBC__) && !defined(INNOATLAS_OTHER_MALLOC)
#include <malloc.h>
#define INNOATLAS_GLIBC_MALLOC 1
#endif

namespace innoatlas {

void HeapMemory::shareHeapsBetweenThreads()
{
#ifdef INNOATLAS_GLIBC_MALLOC
    mallopt(M_ARENA_MAX, 1);
#endif
}

void HeapMemory::releaseFreed()
{
#ifdef INNOATLAS_GLIBC_MALLOC
    malloc_trim(0);
#endif
}

bool HeapMemory::canRelease()
{
#ifdef INNOATLAS_GLIBC_MALLOC
    return true;
#else
    return false;
#endif
}

} // namespace innoatlas
