import { configure } from '@testing-library/react';

// A lazy page's chunk loads through jest's ESM loader; on a busy 2-core CI machine that can take longer than the
// library's default 1 s for findBy…, which would fail a correct test. Waiting longer changes nothing when it passes.
configure({ asyncUtilTimeout: 5000 });
