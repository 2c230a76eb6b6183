import '../../testing/web-crypto.js';
import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { apiError, openMenu, renderApp, stubOperations } from '../../testing/render-app.js';
import { me, SESSION } from '../account/fixtures.js';

const SERIAL = 'LT-2026-01-000123';
const NEW_SERIAL = 'LT-2026-01-000124';
const PROVINCE_ADMIN = me({ roles: ['CITIZEN', 'PROVINCE_ADMIN'], grants: [{ role: 'PROVINCE_ADMIN', scopeCode: '01' }] });
const LEARNER = me({ roles: ['CITIZEN'] });

const certificate = (status: 'VALID' | 'REVOKED' | 'REPLACED', extra: Record<string, unknown> = {}) => ({
  data: {
    certificate: {
      serial: SERIAL,
      status,
      holderName: 'Nguyễn Thị Hoà',
      courseTitle: 'Phổ cập kỹ năng số cộng đồng',
      issuer: 'Sở Khoa học và Công nghệ thành phố Hà Nội',
      completedAt: '2026-12-02T03:00:00Z',
      modules: [{ position: 1, title: 'Sử dụng dịch vụ công trực tuyến', provinceCode: null, variantTitle: null }],
      verifyUrl: `http://localhost/xac-minh/${SERIAL}#a.b.c`,
      qrUrl: `http://localhost/xac-minh/${SERIAL}#123`,
      revokedAt: null,
      revokedReason: null,
      replacedBySerial: null,
      ...extra,
    },
  },
});

async function openCertificate(handlers: Parameters<typeof stubOperations>[0]) {
  const calls = stubOperations({ Me: PROVINCE_ADMIN, Certificate: certificate('VALID'), ...handlers }, SESSION);
  window.history.pushState({}, '', `/chung-nhan/${SERIAL}`);
  renderApp();
  await screen.findByText('Chúc mừng Nguyễn Thị Hoà đã hoàn thành khóa học “Phổ cập kỹ năng số cộng đồng”!');
  return calls;
}
const section = () => screen.getByRole('region', { name: 'Quản lý chứng nhận (dành cho quản trị)' });
const mutations = (calls: { operation: string }[]) =>
  calls.filter((c) => /Certificate$/.test(c.operation) && c.operation !== 'Certificate');

describe('an admin revokes or reissues a certificate from its page', () => {
  beforeAll(() => {
    // jsdom draws no canvas (getContext gives null): enough of a 2D context for the page's on-screen QR code.
    HTMLCanvasElement.prototype.getContext = (() => ({
      createImageData: (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4) }),
      putImageData: () => undefined,
      clearRect: () => undefined,
    })) as unknown as HTMLCanvasElement['getContext'];
  });
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
  });

  it('revokes with a reason only after a confirmation, then the page says the certificate is revoked', async () => {
    let revoked = false;
    const calls = await openCertificate({
      Certificate: () =>
        revoked ? certificate('REVOKED', { revokedAt: '2026-12-05T03:00:00Z', revokedReason: 'Cấp nhầm người' }) : certificate('VALID'),
      RevokeCertificate: () => {
        revoked = true;
        return {
          data: {
            revokeCertificate: { serial: SERIAL, status: 'REVOKED', revokedAt: '2026-12-05T03:00:00Z', revokedReason: 'Cấp nhầm người' },
          },
        };
      },
    });
    fireEvent.click(
      await within(await screen.findByRole('region', { name: /Quản lý chứng nhận/ })).findByRole('button', { name: 'Thu hồi chứng nhận' }),
    );

    // Too short a reason is refused before anything is asked or sent.
    fireEvent.change(screen.getByLabelText('Lý do thu hồi'), { target: { value: 'sai' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thu hồi…' }));
    expect(screen.getByText('Hãy ghi lý do, ít nhất 5 ký tự.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Lý do thu hồi'));

    fireEvent.change(screen.getByLabelText('Lý do thu hồi'), { target: { value: '  Cấp nhầm người ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thu hồi…' }));
    const question = screen.getByRole('group', {
      name: /^Thu hồi chứng nhận LT-2026-01-000123 của Nguyễn Thị Hoà với lý do “Cấp nhầm người”\?/,
    });
    // The safe answer has the focus, and "Không" sends nothing.
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Không' }));
    fireEvent.click(within(question).getByRole('button', { name: 'Không' }));
    expect(mutations(calls)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Thu hồi…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Có, thu hồi' }));
    expect(await screen.findByText('Đã thu hồi chứng nhận LT-2026-01-000123.')).toBeTruthy();
    expect(calls.find((c) => c.operation === 'RevokeCertificate')?.variables).toEqual({
      input: { serial: SERIAL, reason: 'Cấp nhầm người' },
    });
    // The certificate is asked again: revoked, with the date and the reason; nothing more to do on it.
    expect(await screen.findByText('Thu hồi ngày 5/12/2026. Lý do: Cấp nhầm người')).toBeTruthy();
    expect(within(section()).queryByRole('button', { name: 'Thu hồi chứng nhận' })).toBeNull();
    expect(within(section()).queryByRole('button', { name: 'Cấp lại với họ tên đã sửa' })).toBeNull();
  });

  it('reissues with the corrected name after a confirmation and links to the new certificate', async () => {
    let reissued = false;
    const calls = await openCertificate({
      Certificate: (v) =>
        v.serial === SERIAL && reissued ? certificate('REPLACED', { replacedBySerial: NEW_SERIAL }) : certificate('VALID'),
      ReissueCertificate: () => {
        reissued = true;
        return { data: { reissueCertificate: { serial: NEW_SERIAL, status: 'VALID', holderName: 'Nguyễn Thị Hòa' } } };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Cấp lại với họ tên đã sửa' }));
    const name = screen.getByLabelText('Họ tên đúng của người được cấp') as HTMLInputElement;
    expect(name.value).toBe('Nguyễn Thị Hoà');
    fireEvent.change(name, { target: { value: 'Nguyễn Thị Hòa' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cấp lại…' }));
    expect(
      screen.getByRole('group', { name: /^Cấp chứng nhận mới cho “Nguyễn Thị Hòa”\? Chứng nhận LT-2026-01-000123 sẽ được ghi là đã thay/ }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Có, cấp lại' }));

    expect(await screen.findByText(/Đã cấp chứng nhận mới cho Nguyễn Thị Hòa\./)).toBeTruthy();
    expect(calls.find((c) => c.operation === 'ReissueCertificate')?.variables).toEqual({
      input: { serial: SERIAL, fullName: 'Nguyễn Thị Hòa' },
    });
    const links = await screen.findAllByRole('link', { name: `Xem chứng nhận mới ${NEW_SERIAL}` });
    expect(links.map((l) => l.getAttribute('href'))).toEqual(links.map(() => `/chung-nhan/${NEW_SERIAL}`));
    await waitFor(() => expect(screen.getByText(/Chứng nhận này đã được thay bằng chứng nhận mới/)).toBeTruthy());
  });

  it("shows the API's refusal (an admin of another province) under the field, and nothing changes", async () => {
    await openCertificate({
      ReissueCertificate: apiError('FORBIDDEN', 'Bạn không có quyền làm việc này.', 'You are not allowed to do this.'),
      RevokeCertificate: apiError('BAD_USER_INPUT', 'Dữ liệu chưa hợp lệ.', 'Invalid input.', [
        { field: 'reason', vi: 'Hãy ghi lý do thu hồi (5–500 ký tự).', en: 'Give a reason (5–500 characters).' },
      ]),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Cấp lại với họ tên đã sửa' }));
    fireEvent.change(screen.getByLabelText('Họ tên đúng của người được cấp'), { target: { value: 'Nguyễn Thị Hòa' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cấp lại…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Có, cấp lại' }));
    expect((await within(section()).findByText('Bạn không có quyền làm việc này.')).getAttribute('role')).toBe('alert');
    // Back to the form, not to the question: the admin reads the refusal and may change the name.
    expect(screen.queryByRole('button', { name: 'Có, cấp lại' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Thu hồi chứng nhận' }));
    fireEvent.change(screen.getByLabelText('Lý do thu hồi'), { target: { value: 'Cấp nhầm người' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thu hồi…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Có, thu hồi' }));
    expect(await screen.findByText('Hãy ghi lý do thu hồi (5–500 ký tự).')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Lý do thu hồi'));
  });

  it('offers nothing to the holder, nor on a certificate already revoked', async () => {
    await openCertificate({ Me: LEARNER });
    await screen.findByRole('button', { name: 'Tải chứng nhận (PDF)' });
    expect(screen.queryByRole('region', { name: /Quản lý chứng nhận/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Thu hồi chứng nhận' })).toBeNull();
    cleanup();

    stubOperations(
      { Me: PROVINCE_ADMIN, Certificate: certificate('REVOKED', { revokedAt: '2026-12-05T03:00:00Z', revokedReason: 'Cấp nhầm người' }) },
      SESSION,
    );
    window.history.pushState({}, '', `/chung-nhan/${SERIAL}`);
    renderApp();
    await screen.findByText('Thu hồi ngày 5/12/2026. Lý do: Cấp nhầm người');
    // The admin's own menu has loaded (the reports link needs the Me answer too): the absence below is not a race.
    await within(openMenu()).findByRole('link', { name: 'Báo cáo' });
    expect(screen.queryByRole('button', { name: 'Thu hồi chứng nhận' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cấp lại với họ tên đã sửa' })).toBeNull();
  });

  it('on the public verify page, an admin gets a link to manage the certificate; a visitor does not', async () => {
    const standing = {
      data: {
        verifyCertificate: {
          serial: SERIAL,
          result: 'VALID',
          holderName: 'Nguyễn Thị Hoà',
          courseTitle: 'Phổ cập kỹ năng số cộng đồng',
          completedAt: '2026-12-02T03:00:00Z',
          issuer: 'Sở Khoa học và Công nghệ thành phố Hà Nội',
          modules: [],
          revokedAt: null,
          revokedReason: null,
          replacedBySerial: null,
        },
      },
    };
    stubOperations({ Me: PROVINCE_ADMIN, VerifyCertificate: standing }, SESSION);
    window.history.pushState({}, '', `/xac-minh/${SERIAL}`);
    const { unmount } = renderApp();
    const link = await screen.findByRole('link', { name: 'Quản lý chứng nhận này (thu hồi, cấp lại)' });
    expect(link.getAttribute('href')).toBe(`/chung-nhan/${SERIAL}`);
    unmount();

    stubOperations({ VerifyCertificate: standing });
    window.history.pushState({}, '', `/xac-minh/${SERIAL}`);
    renderApp();
    await screen.findByText('✓ Chứng nhận còn giá trị.');
    expect(screen.queryByRole('link', { name: /Quản lý chứng nhận/ })).toBeNull();
  });
});
