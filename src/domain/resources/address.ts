/**
 * A Korean address's parts as HSDS's address table wants them: 시·도 (state_province), 시·군·구
 * (city) and 우편번호 (postal_code) are required there. The resource form asks for them; when a
 * field is empty the part is read from the address as typed ("서울특별시 강남구 …", "(06236) …"),
 * since a Korean road-name address starts with its 시·도 and 시·군·구.
 */
import type { ResourceRecord } from '../records';

export interface AddressParts {
  stateProvince: string;
  city: string;
  postalCode: string;
}

/** The 17 시·도, with the short forms people write ("서울", "경기"). */
const PROVINCES: readonly [string, readonly string[]][] = [
  ['서울특별시', ['서울', '서울시']],
  ['부산광역시', ['부산', '부산시']],
  ['대구광역시', ['대구', '대구시']],
  ['인천광역시', ['인천', '인천시']],
  ['광주광역시', ['광주']],
  ['대전광역시', ['대전', '대전시']],
  ['울산광역시', ['울산', '울산시']],
  ['세종특별자치시', ['세종', '세종시']],
  ['경기도', ['경기']],
  ['강원특별자치도', ['강원', '강원도']],
  ['충청북도', ['충북']],
  ['충청남도', ['충남']],
  ['전북특별자치도', ['전북', '전라북도']],
  ['전라남도', ['전남']],
  ['경상북도', ['경북']],
  ['경상남도', ['경남']],
  ['제주특별자치도', ['제주', '제주도']],
];

/** A 5-digit 우편번호 (since 2015), alone or in brackets. */
const POSTAL_CODE = /(?:^|[\s(])(\d{5})(?=$|[\s)])/;

function provinceOf(word: string): string | undefined {
  return PROVINCES.find(([name, short]) => word === name || short.includes(word))?.[0];
}

/** The parts a resource gives, each from its own field first, else from its address text. */
export function addressParts(
  resource: Pick<ResourceRecord, 'address' | 'stateProvince' | 'city' | 'postalCode'>,
): AddressParts {
  const words = resource.address
    .replace(/\(\d{5}\)/, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  const province = words[0] === undefined ? undefined : provinceOf(words[0]);
  // 세종 has no 시·군·구: the city is 세종 itself.
  const cityWord = province ? words[1] : undefined;
  const city =
    province === '세종특별자치시' ? province : cityWord && /[시군구]$/.test(cityWord) ? cityWord : '';
  return {
    stateProvince: resource.stateProvince.trim() || province || '',
    city: resource.city.trim() || city,
    postalCode: resource.postalCode.trim() || (POSTAL_CODE.exec(resource.address)?.[1] ?? ''),
  };
}
