/** The golden pictures' PNG reader: every filter, RGB and RGBA, and the pixel count that decides a difference. */
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodePng, differingPixels, type Picture } from './png';

function crcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}
const CRC = crcTable();

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  out.set(
    [...type].map((c) => c.charCodeAt(0)),
    4,
  );
  out.set(body, 8);
  let crc = 0xffffffff;
  for (const byte of out.subarray(4, 8 + body.length)) crc = CRC[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  view.setUint32(8 + body.length, (crc ^ 0xffffffff) >>> 0);
  return out;
}

/** A PNG of `pixels` (rows of channel bytes), every row written with `filter`. */
function encode(width: number, height: number, channels: 3 | 4, pixels: number[], filter: number): Uint8Array {
  const stride = width * channels;
  const raw = new Uint8Array((stride + 1) * height);
  const at = (y: number, x: number) => (y < 0 || x < 0 ? 0 : pixels[y * stride + x]);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const left = at(y, x - channels);
      const up = at(y - 1, x);
      const upLeft = at(y - 1, x - channels);
      const p = left + up - upLeft;
      const paeth =
        Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft) ? left : Math.abs(p - up) <= Math.abs(p - upLeft) ? up : upLeft;
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter];
      raw[y * (stride + 1) + 1 + x] = (at(y, x) - predictor) & 0xff;
    }
  }
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, width);
  new DataView(header.buffer).setUint32(4, height);
  header.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8);
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlibSync(raw)), chunk('IEND', new Uint8Array())];
  const file = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    file.set(part, offset);
    offset += part.length;
  }
  return file;
}

/** 3×2 pixels: the sidebar's blue, white, the error red; grey, green, black. */
const RGB = [11, 87, 208, 255, 255, 255, 179, 38, 30, 95, 99, 104, 20, 108, 46, 0, 0, 0];

describe('decodePng', () => {
  it.each([0, 1, 2, 3, 4])('reads rows written with filter %i', (filter) => {
    const picture = decodePng(encode(3, 2, 3, RGB, filter));
    expect([picture.width, picture.height]).toEqual([3, 2]);
    expect(Array.from(picture.rgba.subarray(0, 4))).toEqual([11, 87, 208, 255]);
    expect(Array.from(picture.rgba.subarray(8, 12))).toEqual([179, 38, 30, 255]);
    expect(Array.from(picture.rgba.subarray(20, 24))).toEqual([0, 0, 0, 255]);
  });

  it('keeps the alpha of an RGBA picture', () => {
    const picture = decodePng(encode(1, 1, 4, [11, 87, 208, 128], 0));
    expect(Array.from(picture.rgba)).toEqual([11, 87, 208, 128]);
  });

  it('refuses what is not a PNG', () => {
    expect(() => decodePng(new TextEncoder().encode('<html>'))).toThrow('not a PNG');
  });
});

describe('differingPixels', () => {
  const base: Picture = decodePng(encode(3, 2, 3, RGB, 0));
  it.each<[string, number[], number]>([
    ['the same picture', RGB, 0],
    ['anti-aliasing: a channel moved by 10', RGB.map((v, i) => (i === 0 ? v + 10 : v)), 0],
    ['one pixel of another colour', RGB.map((v, i) => (i < 3 ? 255 - v : v)), 1],
    ['two pixels changed', RGB.map((v, i) => (i === 0 || i === 15 ? 200 : v)), 2],
  ])('%s', (_what, pixels, expected) => {
    expect(differingPixels(base, decodePng(encode(3, 2, 3, pixels, 1)))).toBe(expected);
  });

  it('pictures of different sizes differ everywhere', () => {
    expect(differingPixels(base, decodePng(encode(2, 1, 3, RGB.slice(0, 6), 0)))).toBe(6);
  });
});
