// SPDX-License-Identifier: MIT
#include "core/allocator.h"

#include <cstdlib> // defines __GLIBC__ with the C library's other names

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Copydesk {

void tuneAllocator()
{
#if defined(__GLIBC__)
    constexpr int keptFreeBytes = 16 * 1024 * 1024;
    constexpr int ownMappingBytes = 4 * 1024 * 1024;
    // Setting either turns glibc's own moving thresholds off, so both are set.
    mallopt(M_TRIM_THRESHOLD, keptFreeBytes);
    mallopt(M_MMAP_THRESHOLD, ownMappingBytes);
#endif
}

} // namespace Copydesk
