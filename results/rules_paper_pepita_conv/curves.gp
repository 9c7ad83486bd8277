# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 6.49 6.49 6.49
2 5.14 5.14 5.14
3 4.58 4.58 4.58
4 4.18 4.18 4.18
5 3.85 3.85 3.85
6 3.53 3.53 3.53
7 3.46 3.46 3.46
8 3.31 3.31 3.31
9 3.2 3.2 3.2
10 3 3 3
11 2.86 2.86 2.86
12 2.83 2.83 2.83
13 2.78 2.78 2.78
14 2.71 2.71 2.71
15 2.73 2.73 2.73
16 2.72 2.72 2.72
17 2.63 2.63 2.63
18 2.56 2.56 2.56
19 2.59 2.59 2.59
20 2.5 2.5 2.5
21 2.47 2.47 2.47
22 2.44 2.44 2.44
23 2.42 2.42 2.42
24 2.44 2.44 2.44
25 2.35 2.35 2.35
26 2.42 2.42 2.42
27 2.36 2.36 2.36
28 2.39 2.39 2.39
29 2.33 2.33 2.33
30 2.34 2.34 2.34
31 2.23 2.23 2.23
32 2.27 2.27 2.27
33 2.23 2.23 2.23
34 2.19 2.19 2.19
35 2.29 2.29 2.29
36 2.25 2.25 2.25
37 2.19 2.19 2.19
38 2.21 2.21 2.21
39 2.17 2.17 2.17
40 2.2 2.2 2.2
41 2.12 2.12 2.12
42 2.19 2.19 2.19
43 2.21 2.21 2.21
44 2.21 2.21 2.21
45 2.11 2.11 2.11
46 2.14 2.14 2.14
47 2.15 2.15 2.15
48 2.08 2.08 2.08
49 2.12 2.12 2.12
50 2.15 2.15 2.15
EOD
$c0_1 << EOD
1 9.66 9.66 9.66
2 5.692 5.692 5.692
3 4.724 4.724 4.724
4 4.228 4.228 4.228
5 3.768 3.768 3.768
6 3.434 3.434 3.434
7 3.238 3.238 3.238
8 2.932 2.932 2.932
9 2.852 2.852 2.852
10 2.664 2.664 2.664
11 2.534 2.534 2.534
12 2.404 2.404 2.404
13 2.294 2.294 2.294
14 2.222 2.222 2.222
15 2.136 2.136 2.136
16 2.064 2.064 2.064
17 2 2 2
18 1.952 1.952 1.952
19 1.92 1.92 1.92
20 1.89 1.89 1.89
21 1.84 1.84 1.84
22 1.824 1.824 1.824
23 1.756 1.756 1.756
24 1.718 1.718 1.718
25 1.632 1.632 1.632
26 1.664 1.664 1.664
27 1.598 1.598 1.598
28 1.586 1.586 1.586
29 1.526 1.526 1.526
30 1.5 1.5 1.5
31 1.48 1.48 1.48
32 1.454 1.454 1.454
33 1.44 1.44 1.44
34 1.392 1.392 1.392
35 1.432 1.432 1.432
36 1.4 1.4 1.4
37 1.332 1.332 1.332
38 1.33 1.33 1.33
39 1.294 1.294 1.294
40 1.304 1.304 1.304
41 1.268 1.268 1.268
42 1.236 1.236 1.236
43 1.198 1.198 1.198
44 1.176 1.176 1.176
45 1.182 1.182 1.182
46 1.148 1.148 1.148
47 1.134 1.134 1.134
48 1.134 1.134 1.134
49 1.098 1.098 1.098
50 1.1 1.1 1.1
EOD
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xrange [0:51]
set logscale y
set yrange [1:10]
set ytics ('1' 1, '2' 2, '5' 5, '10' 10)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'rules\_paper\_pepita\_conv: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'pepita\_conv\_mnist\_constant\_lr', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xrange [0:51]
set logscale y
set yrange [1:10]
set ytics ('1' 1, '2' 2, '5' 5, '10' 10)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'rules\_paper\_pepita\_conv: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'pepita\_conv\_mnist\_constant\_lr', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
set terminal pdfcairo size 3.5in,3.2in font 'Helvetica,6' linewidth 0.6
set output 'curves.pdf'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xrange [0:51]
set logscale y
set yrange [1:10]
set ytics ('1' 1, '2' 2, '5' 5, '10' 10)
set bmargin
set title 'rules\_paper\_pepita\_conv: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'pepita\_conv\_mnist\_constant\_lr', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
