/** Why a file operation failed, in Chinese, from a Node error code. */
export function fsReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return '文件或目录不存在';
    case 'ENOTDIR':
      return '路径中有一段不是目录';
    case 'EACCES':
    case 'EPERM':
      return '没有权限';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EDQUOT':
      return '磁盘配额已用完';
    case 'EROFS':
      return '所在的文件系统是只读的';
    case 'EISDIR':
      return '这是一个目录';
    case 'ENAMETOOLONG':
      return '文件名或路径过长';
    case 'ELOOP':
      return '符号链接形成了循环';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件过多';
    case 'EIO':
      return '读写设备出错';
    case 'EXDEV':
      return '临时文件与目标不在同一文件系统';
    case 'ERR_INVALID_ARG_VALUE':
    case 'ERR_INVALID_ARG_TYPE':
      return '文件名含有不允许的字符（如 NUL）';
    default:
      return String(err?.message ?? e).split('\n')[0].slice(0, 200);
  }
}

/** The kind of a non-regular file, for "…不是普通文件" messages. */
export function specialKind(s: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (s.isDirectory()) return '目录';
  if (s.isFIFO()) return '命名管道（FIFO）';
  if (s.isCharacterDevice() || s.isBlockDevice()) return '设备文件';
  if (s.isSocket()) return '套接字';
  return '特殊文件';
}
