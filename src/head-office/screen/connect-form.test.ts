import { describe, expect, it } from 'vitest';
import { addressError } from './connect-form';

describe('the head office address', () => {
  it.each([
    ['http://localhost:8787', undefined],
    ['https://hq.example.com', undefined],
    [' http://10.0.0.5:8787/ ', undefined],
    ['', 'Write head office’s address, such as http://localhost:8787'],
    ['localhost:8787', 'The address starts with http:// or https://'],
    ['hq.example.com', 'Write the address in full, such as http://localhost:8787'],
    ['ftp://hq.example.com', 'The address starts with http:// or https://'],
    ['http://hq.example.com/?token=x', 'Only the address, without ? or #'],
  ])('"%s" is %s', (address, expected) => {
    expect(addressError(address)).toBe(expected);
  });
});
