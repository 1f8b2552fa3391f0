/** Word lists for realistic Korean names, addresses, phone numbers and products. */

// Surnames weighted roughly by frequency (repeats raise the weight); one syllable each so a full
// name is three syllables, 9 bytes in UTF-8, inside the workshop's VARCHAR2(10 BYTE).
export const surnames = [
  '김', '김', '김', '김', '김', '이', '이', '이', '이', '박', '박', '박', '최', '최', '정', '정', '강', '조', '윤', '장',
  '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '전', '홍', '고', '문', '양', '손', '배', '백', '허', '노',
];

export const givenNames = [
  '민준', '서준', '도윤', '예준', '시우', '하준', '주원', '지호', '지후', '준우', '준서', '건우', '현우', '우진', '선우',
  '서진', '민재', '현준', '연우', '유준', '정우', '승우', '승현', '시윤', '준혁', '은우', '지환', '승민', '지우', '유찬',
  '서연', '서윤', '지우', '서현', '민서', '하은', '하윤', '윤서', '지유', '지민', '채원', '수아', '지아', '지윤', '다은',
  '은서', '예은', '수빈', '소율', '예린', '하린', '지원', '소윤', '예서', '시은', '유나', '민지', '수연', '혜진', '영희',
  '철수', '영수', '미경', '정희', '성민', '상훈', '경수', '미영', '동현', '재영',
];

/** Province or metropolitan city, and its districts, with the area code of its phone numbers. */
export const regions: { city: string; districts: string[]; areaCode: string }[] = [
  { city: '서울특별시', districts: ['강남구', '서초구', '송파구', '마포구', '종로구', '중구', '용산구', '영등포구', '성동구', '관악구', '노원구', '강서구'], areaCode: '02' },
  { city: '부산광역시', districts: ['해운대구', '수영구', '부산진구', '동래구', '남구', '사하구'], areaCode: '051' },
  { city: '인천광역시', districts: ['연수구', '남동구', '부평구', '서구', '미추홀구'], areaCode: '032' },
  { city: '대구광역시', districts: ['수성구', '달서구', '중구', '북구'], areaCode: '053' },
  { city: '대전광역시', districts: ['유성구', '서구', '중구', '대덕구'], areaCode: '042' },
  { city: '광주광역시', districts: ['서구', '북구', '광산구', '남구'], areaCode: '062' },
  { city: '울산광역시', districts: ['남구', '중구', '울주군'], areaCode: '052' },
  { city: '세종특별자치시', districts: ['조치원읍', '보람동', '어진동'], areaCode: '044' },
  { city: '경기도', districts: ['성남시 분당구', '수원시 영통구', '용인시 수지구', '고양시 일산동구', '화성시', '부천시', '안양시 동안구'], areaCode: '031' },
  { city: '강원도', districts: ['춘천시', '원주시', '강릉시'], areaCode: '033' },
  { city: '충청남도', districts: ['천안시 서북구', '아산시'], areaCode: '041' },
  { city: '전라북도', districts: ['전주시 완산구', '군산시'], areaCode: '063' },
  { city: '경상남도', districts: ['창원시 성산구', '김해시', '진주시'], areaCode: '055' },
  { city: '제주특별자치도', districts: ['제주시', '서귀포시'], areaCode: '064' },
];

export const roads = [
  '테헤란로', '세종대로', '올림픽로', '강남대로', '한강대로', '중앙로', '번영로', '시청로', '해운대로', '문화로',
  '대학로', '평화로', '은행로', '공원로', '신촌로', '월드컵로', '경인로', '동탄대로', '판교역로', '광교로',
];

export const apartments = ['한빛', '푸른솔', '래미안', '자이', '힐스테이트', 'e편한세상', '푸르지오', '아이파크', '더샵', '롯데캐슬', '현대', '삼익'];

export const productAdjectives = ['프리미엄', '친환경', '초경량', '대용량', '국내산', '유기농', '스마트', '클래식', '데일리', '휴대용', '고급', '베이직'];

/** Product kinds with a plausible price range in won. */
export const productKinds: { name: string; min: number; max: number }[] = [
  { name: '무선 이어폰', min: 29_000, max: 259_000 },
  { name: '블루투스 스피커', min: 25_000, max: 199_000 },
  { name: '노트북 거치대', min: 15_000, max: 69_000 },
  { name: '기계식 키보드', min: 49_000, max: 219_000 },
  { name: '무선 마우스', min: 12_000, max: 99_000 },
  { name: '보조배터리', min: 15_000, max: 59_000 },
  { name: '스마트워치', min: 89_000, max: 459_000 },
  { name: '전기포트', min: 19_000, max: 79_000 },
  { name: '에어프라이어', min: 59_000, max: 219_000 },
  { name: '커피 원두 1kg', min: 18_000, max: 49_000 },
  { name: '제주 감귤 5kg', min: 15_000, max: 39_000 },
  { name: '햅쌀 10kg', min: 29_000, max: 59_000 },
  { name: '김치 3kg', min: 19_000, max: 45_000 },
  { name: '러닝화', min: 49_000, max: 189_000 },
  { name: '후드 티셔츠', min: 19_000, max: 89_000 },
  { name: '등산 배낭', min: 39_000, max: 229_000 },
  { name: '요가 매트', min: 12_000, max: 59_000 },
  { name: '텀블러', min: 9_000, max: 45_000 },
  { name: '샴푸 1L', min: 8_000, max: 29_000 },
  { name: '선크림', min: 9_000, max: 35_000 },
  { name: '볼펜 세트', min: 3_000, max: 19_000 },
  { name: '다이어리', min: 8_000, max: 32_000 },
  { name: '캠핑 의자', min: 25_000, max: 149_000 },
  { name: '전동 칫솔', min: 29_000, max: 169_000 },
  { name: '가습기', min: 29_000, max: 159_000 },
  { name: '모니터 27인치', min: 189_000, max: 649_000 },
  { name: '게이밍 헤드셋', min: 39_000, max: 249_000 },
  { name: '그래놀라 1kg', min: 9_000, max: 24_000 },
  { name: '유아 물티슈 10팩', min: 12_000, max: 29_000 },
  { name: '수건 세트', min: 15_000, max: 49_000 },
];
