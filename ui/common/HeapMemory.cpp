#include "common/HeapMemory.h"

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
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
