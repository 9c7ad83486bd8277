# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"bp\\_lr0.003 softmax" 1.82 0 NaN
"bp\\_lr0.01 softmax" 1.34 0 NaN
"bp\\_lr0.03 softmax" 1.68 0 NaN
"bp\\_lr0.1 softmax" 3.99 0 NaN
"dfa\\_glorot\\_lr0.0001 softmax" 76.43 0 NaN
"dfa\\_glorot\\_lr0.0003 softmax" 15.94 0 NaN
"dfa\\_glorot\\_lr0.001 softmax" 6.73 0 NaN
"dfa\\_glorot\\_lr0.003 softmax" 10.16 0 NaN
"dfa\\_glorot\\_lr0.01 softmax" 88.65 0 NaN
"dfa\\_glorot\\_lr0.03 (diverged)" NaN 0 NaN
"dfa\\_glorot\\_lr0.1 softmax" 89.72 0 NaN
"dfa\\_lr0.0003 softmax" 20.73 0 NaN
"dfa\\_lr0.001 (diverged)" NaN 0 NaN
"dfa\\_lr0.003 (diverged)" NaN 0 NaN
"dfa\\_lr0.01 (diverged)" NaN 0 NaN
"dfa\\_lr0.03 (diverged)" NaN 0 NaN
"fa\\_lr0.001 softmax" 12.13 0 NaN
"fa\\_lr0.003 softmax" 8.36 0 NaN
"fa\\_lr0.01 softmax" 19.14 0 NaN
"fa\\_lr0.03 softmax" 86.99 0 NaN
"sign\\_symmetry\\_lr0.003 softmax" 4.07 0 NaN
"sign\\_symmetry\\_lr0.01 softmax" 2.27 0 NaN
"sign\\_symmetry\\_lr0.03 softmax" 4.71 0 NaN
"sign\\_symmetry\\_lr0.1 softmax" 3.27 0 NaN
"sign\\_symmetry\\_usf\\_lr0.003 softmax" 2.47 0 NaN
"sign\\_symmetry\\_usf\\_lr0.01 softmax" 1.69 0 NaN
"sign\\_symmetry\\_usf\\_lr0.03 softmax" 2.94 0 NaN
"sign\\_symmetry\\_usf\\_lr0.1 softmax" 3.52 0 NaN
EOD
set terminal svg size 900,822 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'rules\_paper\_lenet\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [27.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [1:100]
set xtics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,822 font 'Helvetica,10'
set output 'errors.png'
set title 'rules\_paper\_lenet\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [27.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [1:100]
set xtics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,4.34in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'rules\_paper\_lenet\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [27.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [1:100]
set xtics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
