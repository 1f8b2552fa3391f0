// GET /api/presenter/session – whether a token is required and whether this browser may control
// POST /api/presenter/session – sign in with { token }: an httpOnly SameSite=Strict session cookie
// DELETE /api/presenter/session – sign out
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { clearedSessionCookie, SESSION_COOKIE, sessionCookie, signIn, signOut, tokenRequired } from '@/lib/http/presenter-auth';
import { clientKey, withRoute } from '@/lib/http/with-route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const noQuery = z.object({}).strict();
const signInInput = z.object({ token: z.string().min(1).max(1_000) }).strict();

export const GET = withRoute({ query: noQuery }, ({ access }) => ({ tokenRequired: tokenRequired(), canControl: access !== 'viewer' }));

export const POST = withRoute({ body: signInInput }, ({ body, request }) => {
  if (!tokenRequired()) return { tokenRequired: false, canControl: true };
  const { sessionId } = signIn(clientKey(request), body.token);
  return NextResponse.json({ tokenRequired: true, canControl: true }, { headers: { 'set-cookie': sessionCookie(sessionId) } });
});

export const DELETE = withRoute({}, ({ request }) => {
  signOut(request.cookies.get(SESSION_COOKIE)?.value);
  return NextResponse.json({ tokenRequired: tokenRequired(), canControl: !tokenRequired() }, { headers: { 'set-cookie': clearedSessionCookie() } });
});
