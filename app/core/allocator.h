// SPDX-License-Identifier: MIT
#pragma once

namespace Copydesk {

/**
 * Keeps the C library's allocator from handing freed memory back to the
 * system after every save. Each save compresses its version (zlib's state
 * is a few hundred kilobytes) and SQLite frees its statement journal; with
 * glibc's defaults the top of the heap shrinks and grows again each time,
 * and every shrink flushes the processor's page tables on every core,
 * which made saving three times slower. Up to 16 MiB of freed memory stays
 * with the process; blocks of 4 MiB and more still come from and go back
 * to the system on their own. Called by setUpApplication(); a benchmark
 * calls it to measure what the app does.
 */
void tuneAllocator();

} // namespace Copydesk
